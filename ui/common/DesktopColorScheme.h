#pragma once

#include <QDBusVariant>
#include <QObject>

#include <optional>

// The desktop's light or dark preference: the freedesktop settings portal's
// org.freedesktop.appearance color-scheme, followed live through its
// SettingChanged signal; the GTK settings where no portal answers.
class DesktopColorScheme final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopColorScheme)
public:
    explicit DesktopColorScheme(QObject* parent = nullptr);

    bool prefersDark() const { return m_dark; }

signals:
    void preferenceChanged(bool dark);

private slots:
    void onSettingChanged(const QString& nameSpace, const QString& key, const QDBusVariant& value);

private:
    // The portal's color-scheme (0 none, 1 dark, 2 light); nothing when no
    // portal answers.
    static std::optional<uint> readPortal();
    static bool isDark(std::optional<uint> colorScheme);

    bool m_dark = false;
};
