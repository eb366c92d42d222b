/** Hybrid search over the knowledge index: legal vocabulary, issue spotting, BM25 and vectors fused by reciprocal rank. */
@NullMarked
package cn.xiangyang.portal.kb.search;

import org.jspecify.annotations.NullMarked;
