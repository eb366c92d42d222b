package cn.xiangyang.portal.accounts;

import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * The full resident ID number of a worker, for the documents that must carry it (the copy of an
 * application kept by the commission, 劳动争议调解仲裁法 第二十八条). Everything else shows the masked number.
 */
public interface IdNumbers {

  /** The worker's full ID number; empty when the account is not a worker's. */
  Mono<String> ofWorker(UUID accountId);
}
