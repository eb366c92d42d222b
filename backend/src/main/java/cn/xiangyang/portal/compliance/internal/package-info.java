/** The check-up's insides: the rule book read from YAML, evaluation, storage, the PDF report and the HTTP API. */
@NullMarked
package cn.xiangyang.portal.compliance.internal;

import org.jspecify.annotations.NullMarked;
