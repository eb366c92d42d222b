/** The backend of the Xiangyang labor-dispute service portal: the only owner of data and rules. */
@NullMarked
package cn.xiangyang.portal;

import org.jspecify.annotations.NullMarked;
