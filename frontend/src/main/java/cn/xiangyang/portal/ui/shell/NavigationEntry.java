package cn.xiangyang.portal.ui.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * One link of the main menu. It points at a view class, so it cannot point at a page that does not exist.
 *
 * @param audience who sees the link: everyone, only visitors who are not signed in, or only signed-in users
 */
public record NavigationEntry(String label, Class<? extends Component> view, VaadinIcon icon, Audience audience) {

    public enum Audience {
        EVERYONE, SIGNED_OUT, SIGNED_IN;

        boolean includes(boolean signedIn) {
            return this == EVERYONE || (this == SIGNED_IN) == signedIn;
        }
    }

    public boolean shownTo(boolean signedIn) {
        return audience.includes(signedIn);
    }
}
