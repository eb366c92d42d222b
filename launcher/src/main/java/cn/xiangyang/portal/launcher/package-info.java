/** The start command's launcher: embedded PostgreSQL and Redis, supervised, and the backend as a child process. */
@NullMarked
package cn.xiangyang.portal.launcher;

import org.jspecify.annotations.NullMarked;
