/** The filing module's storage, rules, HTTP endpoints and PDF rendering. */
@NullMarked
package cn.xiangyang.portal.filing.internal;

import org.jspecify.annotations.NullMarked;
