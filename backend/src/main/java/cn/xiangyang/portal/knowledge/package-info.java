/**
 * Knowledge: search over the knowledge index, law, article, case and FAQ lookup, law validity. This
 * package is the module's API ({@link cn.xiangyang.portal.knowledge.KnowledgeLibrary}); {@code internal}
 * holds its HTTP endpoints.
 */
@NullMarked
package cn.xiangyang.portal.knowledge;

import org.jspecify.annotations.NullMarked;
