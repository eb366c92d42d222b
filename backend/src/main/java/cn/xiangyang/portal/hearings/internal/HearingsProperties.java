package cn.xiangyang.portal.hearings.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the hearings module ({@code portal.hearings}).
 *
 * @param objectionPeriod how long after scheduling a hearing waits before it is listed, so that the parties
 *     (told in the hearing notice) can object to the public listing first
 * @param cacheTtl how long a cached schedule page lives at most (it is also dropped on every change)
 * @param heartbeat how often an idle status stream sends a comment, so proxies keep it open
 * @param reminderLead how long before an open day its confirmed bookings are reminded (the day before)
 * @param reminderPoll how often each replica looks for reminders that fell due; zero: this replica does not look
 */
@ConfigurationProperties("portal.hearings")
record HearingsProperties(
    Duration objectionPeriod,
    Duration cacheTtl,
    Duration heartbeat,
    Duration reminderLead,
    Duration reminderPoll) {

  HearingsProperties {
    objectionPeriod = objectionPeriod == null ? Duration.ofDays(2) : objectionPeriod;
    cacheTtl = cacheTtl == null ? Duration.ofSeconds(60) : cacheTtl;
    heartbeat = heartbeat == null ? Duration.ofSeconds(20) : heartbeat;
    reminderLead = reminderLead == null ? Duration.ofHours(24) : reminderLead;
    reminderPoll = reminderPoll == null ? Duration.ofMinutes(1) : reminderPoll;
  }
}
