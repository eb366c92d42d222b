/** Builds the knowledge index (BM25 fields and bge-small-zh vectors) from the corpus at build time, and ships it in the jar. */
@NullMarked
package cn.xiangyang.portal.kb.index;

import org.jspecify.annotations.NullMarked;
