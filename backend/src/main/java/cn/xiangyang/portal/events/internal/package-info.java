/** The outbox tables, the listener registry and the dispatcher that delivers and retries. */
@NullMarked
package cn.xiangyang.portal.events.internal;

import org.jspecify.annotations.NullMarked;
