#pragma once

#include <QString>

// A notification on the desktop through the freedesktop notification service
// (org.freedesktop.Notifications on the session bus), as every Linux desktop
// shows them. Without the service nothing happens.
class DesktopNotifier final {
public:
    // True when the service took it.
    static bool show(const QString& summary, const QString& body);
};
