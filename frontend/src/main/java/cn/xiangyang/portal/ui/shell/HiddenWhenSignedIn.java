package cn.xiangyang.portal.ui.shell;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link com.vaadin.flow.router.Menu @Menu} page that the menu offers only to people who are not signed
 * in (登录, the registrations). The page itself stays open to everyone its access annotation admits.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface HiddenWhenSignedIn {}
