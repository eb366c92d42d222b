/** The knowledge module's insides: the public HTTP API over the corpus and the search index. */
@NullMarked
package cn.xiangyang.portal.knowledge.internal;

import org.jspecify.annotations.NullMarked;
