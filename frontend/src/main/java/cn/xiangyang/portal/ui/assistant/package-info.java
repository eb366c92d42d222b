/**
 * 智能问答: the public chat page whose answers stream in with their legal sources, and the staff page
 * for unanswered questions and the sensitive-word list, backed by the backend's assistant API.
 */
@NullMarked
package cn.xiangyang.portal.ui.assistant;

import org.jspecify.annotations.NullMarked;
