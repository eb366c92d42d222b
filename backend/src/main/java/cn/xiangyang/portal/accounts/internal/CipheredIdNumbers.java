package cn.xiangyang.portal.accounts.internal;

import static cn.xiangyang.portal.system.Rows.required;

import cn.xiangyang.portal.accounts.IdNumbers;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Reads the stored cipher and decrypts it (AES-GCM in memory: no I/O beyond the query). */
@Component
class CipheredIdNumbers implements IdNumbers {

  private final DatabaseClient db;
  private final PersonalDataCipher cipher;

  CipheredIdNumbers(DatabaseClient db, PersonalDataCipher cipher) {
    this.db = db;
    this.cipher = cipher;
  }

  @Override
  public Mono<String> ofWorker(UUID accountId) {
    return db.sql("select id_number_cipher from workers where account_id = :id")
        .bind("id", accountId)
        .map(r -> required(r, "id_number_cipher", String.class))
        .one()
        .map(cipher::decrypt);
  }
}
