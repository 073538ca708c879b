#pragma once

#include <QString>

// Whether the GTK desktop (GNOME and others) is set to dark, for desktops with
// no settings portal: GNOME's color-scheme and gtk-theme settings, then GTK 3's
// settings.ini.
class GtkColorScheme final {
public:
    GtkColorScheme() = delete;

    static bool prefersDark();
    // settings.ini under `configDirectory` ($XDG_CONFIG_HOME): the preference
    // or a theme named "…-dark".
    static bool settingsIniPrefersDark(const QString& configDirectory);

private:
    static bool gsettingsPrefersDark();
};
