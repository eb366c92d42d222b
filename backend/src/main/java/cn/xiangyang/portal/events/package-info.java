/**
 * Durable events: {@link cn.xiangyang.portal.events.DurableEvents#publish} writes an event to the
 * outbox in the caller's transaction, and every {@link cn.xiangyang.portal.events.DurableListener}
 * method for its type receives it at least once, after the commit, on exactly one backend replica at
 * a time. This package is the module's API; {@code internal} holds the outbox and its dispatcher.
 */
@NullMarked
package cn.xiangyang.portal.events;

import org.jspecify.annotations.NullMarked;
