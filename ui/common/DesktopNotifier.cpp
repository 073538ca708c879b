#include "DesktopNotifier.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QVariantMap>

using namespace Qt::StringLiterals;

bool DesktopNotifier::show(const QString& summary, const QString& body)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        u"org.freedesktop.Notifications"_s, u"/org/freedesktop/Notifications"_s,
        u"org.freedesktop.Notifications"_s, u"Notify"_s);
    // app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout
    call << QCoreApplication::applicationName() << 0u << u"hexastore"_s << summary << body
         << QStringList() << QVariantMap() << -1;
    // Not waited for: a desktop that answers slowly must not stall the window.
    return QDBusConnection::sessionBus().send(call);
}
