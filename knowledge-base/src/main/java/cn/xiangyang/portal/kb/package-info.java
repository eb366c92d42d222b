/** The knowledge base: statutes article by article, typical cases, FAQ and local figures, as loaded from the corpus. */
@NullMarked
package cn.xiangyang.portal.kb;

import org.jspecify.annotations.NullMarked;
