/**
 * Reads a person's story into a structured situation (who asks, dates, wages, how the job ended) and
 * spots every legal issue it raises, so that an answer addresses the person's case and not just the
 * nearest FAQ entry.
 */
@NullMarked
package cn.xiangyang.portal.assistant.internal.situation;

import org.jspecify.annotations.NullMarked;
