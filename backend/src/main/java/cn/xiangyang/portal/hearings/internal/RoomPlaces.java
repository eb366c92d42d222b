package cn.xiangyang.portal.hearings.internal;

import cn.xiangyang.portal.filing.HearingPlaces;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Answers filing's question where a room is, from the rooms staff register on the hearings page. */
@Component
class RoomPlaces implements HearingPlaces {

  private final HearingStore store;

  RoomPlaces(HearingStore store) {
    this.store = store;
  }

  @Override
  public Mono<Place> of(String commissionId, String roomName) {
    return store
        .roomNamed(commissionId, roomName.strip())
        .map(r -> new Place(r.name(), r.address(), r.floor()));
  }
}
