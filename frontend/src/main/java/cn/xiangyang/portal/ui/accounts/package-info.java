/** Registration, login, logout and the signed-in person's own page, backed by the backend's accounts API. */
@NullMarked
package cn.xiangyang.portal.ui.accounts;

import org.jspecify.annotations.NullMarked;
