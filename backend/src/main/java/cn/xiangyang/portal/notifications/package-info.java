/**
 * Notifications: a party's inbox (我的消息) and consent to electronic service (电子送达). It listens to
 * the filing module's durable events and writes the messages; it publishes nothing and others call
 * nothing here except over HTTP ({@code /api/v1/inbox}).
 */
@NullMarked
package cn.xiangyang.portal.notifications;

import org.jspecify.annotations.NullMarked;
