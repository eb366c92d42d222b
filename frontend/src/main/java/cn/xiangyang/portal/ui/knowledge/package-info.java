/**
 * The knowledge base for everyone — laws article by article, typical cases, FAQ, search across them —
 * and the local figures (minimum wage, average wage) with their maintenance by administrators.
 */
@NullMarked
package cn.xiangyang.portal.ui.knowledge;

import org.jspecify.annotations.NullMarked;
