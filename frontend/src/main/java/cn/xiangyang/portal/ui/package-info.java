/** The portal's web UI: a Vaadin Flow application that talks to the backend only through its public HTTP API. */
@NullMarked
package cn.xiangyang.portal.ui;

import org.jspecify.annotations.NullMarked;
