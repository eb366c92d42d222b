package cn.xiangyang.portal.filing;

import reactor.core.publisher.Mono;

/**
 * Where a commission's hearing room is, for the 开庭通知书 (劳动争议调解仲裁法 第三十五条: the date and the
 * place). Filing owns this question; the hearings module, which keeps the rooms and already listens to
 * filing, answers it, so filing does not depend on hearings.
 */
public interface HearingPlaces {

  /** The recorded place of the commission's room of that name; empty when no such room is registered. */
  Mono<Place> of(String commissionId, String roomName);

  /** A registered room: its name, the building's address and the floor, as staff entered them. */
  record Place(String room, String address, String floor) {}
}
