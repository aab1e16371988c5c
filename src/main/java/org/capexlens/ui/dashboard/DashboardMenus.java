package org.capexlens.ui.dashboard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.capexlens.text.Messages;
import org.capexlens.ui.shell.ShellView;
import org.capexlens.ui.shell.ShellViewModel;

/**
 * Turns the table of {@link DashboardAction}s into menu items and menus: the only place menu controls are made, so
 * that an item looks and behaves the same wherever its action appears.
 */
public final class DashboardMenus {
    private DashboardMenus() {
    }

    /**
     * Items for {@code actions}, separators where an action asks for one; the checked ones of the list form one
     * group of exclusive choices.
     *
     * @param actions  the actions, not {@code null}.
     * @return new menu items, one per action plus the separators.
     */
    public static List<MenuItem> items(List<DashboardAction> actions) {
        List<MenuItem> items = new ArrayList<>();
        ToggleGroup group = new ToggleGroup();
        for (DashboardAction a : actions) {
            if (a.separatorBefore() && !items.isEmpty()) {
                items.add(new SeparatorMenuItem());
            }
            items.add(item(a, group));
        }
        return items;
    }

    private static MenuItem item(DashboardAction a, ToggleGroup group) {
        MenuItem item;
        if (a.checked() != null) {
            RadioMenuItem radio = new RadioMenuItem(a.text());
            radio.setToggleGroup(group);
            Runnable sync = () -> {
                if (a.checked().get()) {
                    group.selectToggle(radio);
                }
            };
            a.checked().addListener((obs, was, is) -> sync.run());
            sync.run();
            item = radio;
        } else {
            item = new MenuItem(a.text());
        }
        item.setId(a.id());
        if (a.accelerator() != null) {
            item.setAccelerator(KeyCombination.keyCombination(a.accelerator()));
        }
        if (a.enabled() != null) {
            item.disableProperty().bind(Bindings.not(a.enabled()));
        }
        item.setOnAction(e -> a.handler().run());
        return item;
    }

    /**
     * Fills the shell's menu bar: the File menu (with Open recent when {@code recent} is given), then Edit, View
     * and Help. Second accelerators are registered on the scene once the window has one.
     */
    static void install(ShellView shell, List<DashboardAction> actions, RecentFiles recent, ShellViewModel shellVm) {
        Map<DashboardAction.Place, List<DashboardAction>> byMenu = new EnumMap<>(DashboardAction.Place.class);
        for (DashboardAction a : actions) {
            byMenu.computeIfAbsent(a.menu(), m -> new ArrayList<>()).add(a);
        }
        List<MenuItem> file = items(byMenu.getOrDefault(DashboardAction.Place.FILE, List.of()));
        if (recent != null) {
            int after = indexOf(file, "openFolderMenuItem");
            file.add(after + 1, recentMenu(recent, shellVm));
        }
        shell.fileMenu().getItems().addAll(file);
        shell.menuBar().getMenus().addAll(
                menu(Messages.get("ui.dash.menu.edit"), byMenu.get(DashboardAction.Place.EDIT)),
                menu(Messages.get("ui.dash.menu.view"), byMenu.get(DashboardAction.Place.VIEW)),
                menu(Messages.get("ui.dash.menu.help"), byMenu.get(DashboardAction.Place.HELP)));

        // A second shortcut for a command (Redo on Ctrl+Shift+Z, as many programs use it).
        shell.root().sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                for (DashboardAction a : actions) {
                    if (a.alsoOn() != null) {
                        scene.getAccelerators().put(KeyCombination.keyCombination(a.alsoOn()), a.handler());
                    }
                }
            }
        });
    }

    private static Menu menu(String text, List<DashboardAction> actions) {
        Menu menu = new Menu(text);
        menu.getItems().addAll(items(actions == null ? List.of() : actions));
        return menu;
    }

    private static int indexOf(List<MenuItem> items, String id) {
        for (int i = 0; i < items.size(); i++) {
            if (id.equals(items.get(i).getId())) {
                return i;
            }
        }
        return items.size() - 1;
    }

    private static Menu recentMenu(RecentFiles recent, ShellViewModel shellVm) {
        Menu menu = new Menu(Messages.get("ui.dash.menu.recent"));
        menu.setId("recentMenu");
        fillRecent(menu, recent, shellVm);
        recent.recentFiles().addListener((ListChangeListener<Path>) ch -> fillRecent(menu, recent, shellVm));
        return menu;
    }

    private static void fillRecent(Menu menu, RecentFiles recent, ShellViewModel shellVm) {
        menu.getItems().clear();
        // A file moved or deleted since (or a temporary copy of the packaged dataset) is not offered.
        List<Path> existing = recent.recentFiles().stream().filter(Files::exists).toList();
        for (Path p : existing) {
            String name = p.getFileName() == null ? p.toString() : p.getFileName().toString();
            MenuItem i = new MenuItem(p.getParent() == null ? name
                    : Messages.get("ui.dash.menu.recentItem", name, p.getParent().toString()));
            i.setMnemonicParsing(false);
            i.setOnAction(e -> shellVm.open(p));
            menu.getItems().add(i);
        }
        if (existing.isEmpty()) {
            MenuItem none = new MenuItem(Messages.get("ui.dash.menu.recentNone"));
            none.setDisable(true);
            menu.getItems().add(none);
        } else {
            menu.getItems().add(new SeparatorMenuItem());
            MenuItem clear = new MenuItem(Messages.get("ui.dash.menu.recentClear"));
            clear.setOnAction(e -> recent.clearRecent());
            menu.getItems().add(clear);
        }
    }
}
