#include "DesktopColorScheme.h"

#include "GtkColorScheme.h"

#include <QDBusConnection>
#include <QDBusMessage>

using namespace Qt::StringLiterals;

namespace {

const QString kService = u"org.freedesktop.portal.Desktop"_s;
const QString kPath = u"/org/freedesktop/portal/desktop"_s;
const QString kInterface = u"org.freedesktop.portal.Settings"_s;
const QString kNamespace = u"org.freedesktop.appearance"_s;
const QString kKey = u"color-scheme"_s;
// Asked once at start, before the first window: a portal that is there
// answers in milliseconds, and one that hangs must not hold the app up.
constexpr int kPortalTimeoutMs = 500;

enum ColorScheme : uint { NoPreference = 0, PreferDark = 1, PreferLight = 2 };

// Read wraps the value in one more variant than ReadOne.
QVariant unwrap(QVariant value)
{
    while (value.canConvert<QDBusVariant>())
        value = qvariant_cast<QDBusVariant>(value).variant();
    return value;
}

std::optional<uint> toColorScheme(const QVariant& value)
{
    bool ok = false;
    const uint scheme = unwrap(value).toUInt(&ok);
    return ok ? std::optional(scheme) : std::nullopt;
}

} // namespace

DesktopColorScheme::DesktopColorScheme(QObject* parent)
    : QObject(parent)
{
    m_dark = isDark(readPortal());
    QDBusConnection::sessionBus().connect(kService, kPath, kInterface, u"SettingChanged"_s, this,
                                          SLOT(onSettingChanged(QString, QString, QDBusVariant)));
}

std::optional<uint> DesktopColorScheme::readPortal()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return std::nullopt;
    // ReadOne since version 2 of the interface; older portals only have Read.
    for (const QString& method : {u"ReadOne"_s, u"Read"_s}) {
        QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, method);
        call << kNamespace << kKey;
        const QDBusMessage reply = bus.call(call, QDBus::Block, kPortalTimeoutMs);
        if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty())
            return toColorScheme(reply.arguments().constFirst());
        if (reply.errorName() != u"org.freedesktop.DBus.Error.UnknownMethod"_s)
            return std::nullopt;
    }
    return std::nullopt;
}

bool DesktopColorScheme::isDark(std::optional<uint> colorScheme)
{
    if (colorScheme == PreferDark)
        return true;
    if (colorScheme == PreferLight)
        return false;
    // No portal, or no preference there: a dark GTK theme still says dark.
    return GtkColorScheme::prefersDark();
}

void DesktopColorScheme::onSettingChanged(const QString& nameSpace, const QString& key,
                                          const QDBusVariant& value)
{
    if (nameSpace != kNamespace || key != kKey)
        return;
    const bool dark = isDark(toColorScheme(value.variant()));
    if (dark == m_dark)
        return;
    m_dark = dark;
    emit preferenceChanged(dark);
}
