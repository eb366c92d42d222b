/**
 * Accounts: registration and login of workers and employers, staff accounts and roles, sessions.
 * This package is the module's API; {@code internal} holds its insides.
 */
@NullMarked
package cn.xiangyang.portal.accounts;

import org.jspecify.annotations.NullMarked;
