/**
 * Assistant: conversations, grounded answers with citations, feedback and the unanswered-question log.
 * This package is the module's API: the answer as other modules and clients see it; {@code internal}
 * holds retrieval, composition, safety, storage and the HTTP endpoints.
 */
@NullMarked
package cn.xiangyang.portal.assistant;

import org.jspecify.annotations.NullMarked;
