/** The accounts module's insides: HTTP endpoints, storage, password hashing, sessions in Redis. */
@NullMarked
package cn.xiangyang.portal.accounts.internal;

import org.jspecify.annotations.NullMarked;
