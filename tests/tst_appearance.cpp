// Light, dark or the desktop's choice (Appearance): both palettes readable
// (WCAG contrast ratios), the mode kept in the settings, System mode following
// a real settings portal on the session bus (served by this test from its own
// connection and thread, as the desktop would), the GTK settings where there is
// no portal, and the status colours readable in both palettes.
#include "models/StatusColors.h"
#include "ui/common/Appearance.h"
#include "ui/common/AppearancePalette.h"
#include "ui/common/GtkColorScheme.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusContext>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString kPortalService = u"org.freedesktop.portal.Desktop"_s;
const QString kPortalPath = u"/org/freedesktop/portal/desktop"_s;
const QString kPortalInterface = u"org.freedesktop.portal.Settings"_s;

// WCAG 2 relative luminance and contrast ratio (1 to 21).
double luminance(const QColor& color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QByteArray describe(const QColor& text, const QColor& background)
{
    return (text.name() + u" on "_s + background.name() + u": "_s +
            QString::number(contrast(text, background), 'f', 2))
        .toUtf8();
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

// org.freedesktop.portal.Settings as xdg-desktop-portal serves it, for the
// appearance color-scheme alone. `withReadOne` false plays an older portal.
class FakePortal : public QObject, protected QDBusContext {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")
public:
    std::atomic<uint> colorScheme = 0;
    std::atomic<bool> withReadOne = true;

public slots:
    QDBusVariant ReadOne(const QString& nameSpace, const QString& key)
    {
        if (!withReadOne) {
            sendErrorReply(QDBusError::UnknownMethod, u"No such method ReadOne"_s);
            return {};
        }
        return QDBusVariant(value(nameSpace, key));
    }
    QDBusVariant Read(const QString& nameSpace, const QString& key)
    {
        return QDBusVariant(QVariant::fromValue(QDBusVariant(value(nameSpace, key))));
    }

private:
    QVariant value(const QString& nameSpace, const QString& key)
    {
        if (nameSpace != u"org.freedesktop.appearance"_s || key != u"color-scheme"_s) {
            sendErrorReply(u"org.freedesktop.portal.Error.NotFound"_s,
                           u"Requested setting not found"_s);
            return {};
        }
        return QVariant(colorScheme.load());
    }
};

// Counts the D-Bus signals it is connected to.
class SignalCounter : public QObject {
    Q_OBJECT
public:
    int seen = 0;

public slots:
    void count(const QString&, const QString&, const QDBusVariant&) { ++seen; }
};

// The portal as another process would be: its own bus connection, answering
// from its own thread, so that a blocking call of the app's gets its answer.
class PortalService {
public:
    PortalService()
        : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"fake-portal"_s))
    {
        m_thread.start();
        m_portal.moveToThread(&m_thread);
    }
    ~PortalService()
    {
        if (m_registered) {
            m_bus.unregisterObject(kPortalPath);
            m_bus.unregisterService(kPortalService);
        }
        m_thread.quit();
        m_thread.wait();
        QDBusConnection::disconnectFromBus(u"fake-portal"_s);
    }
    Q_DISABLE_COPY_MOVE(PortalService)

    // False when the name is taken: a developer's desktop runs the real one.
    bool start()
    {
        if (!m_bus.isConnected() ||
            !m_bus.registerObject(kPortalPath, &m_portal, QDBusConnection::ExportAllSlots))
            return false;
        m_registered = m_bus.registerService(kPortalService);
        if (!m_registered)
            m_bus.unregisterObject(kPortalPath);
        return m_registered;
    }

    FakePortal& portal() { return m_portal; }

    // The desktop switching: the new value, and the signal saying so.
    void changeColorScheme(uint colorScheme)
    {
        m_portal.colorScheme = colorScheme;
        QDBusMessage signal =
            QDBusMessage::createSignal(kPortalPath, kPortalInterface, u"SettingChanged"_s);
        signal << u"org.freedesktop.appearance"_s << u"color-scheme"_s
               << QVariant::fromValue(QDBusVariant(QVariant(colorScheme)));
        m_bus.send(signal);
    }

private:
    QDBusConnection m_bus;
    QThread m_thread;
    FakePortal m_portal;
    bool m_registered = false;
};

class TstAppearance : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void palettesAreReadable_data();
    void palettesAreReadable();
    void palettesSetEveryRole();
    void modeIsSaved();
    void systemFollowsThePortal();
    void systemReadsAnOlderPortal();
    void chosenModeOverridesThePortal();
    void gtkSettingsWithoutPortal_data();
    void gtkSettingsWithoutPortal();
    void statusColorsAreReadable_data();
    void statusColorsAreReadable();

private:
    std::unique_ptr<PortalService> startPortal();

    QTemporaryDir m_settingsDir;
};

void TstAppearance::initTestCase()
{
    // Never the user's own settings.
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
}

void TstAppearance::init()
{
    QSettings().clear();
}

void TstAppearance::cleanupTestCase()
{
    QSettings().clear();
}

std::unique_ptr<PortalService> TstAppearance::startPortal()
{
    if (!QDBusConnection::sessionBus().isConnected())
        return nullptr;
    auto service = std::make_unique<PortalService>();
    return service->start() ? std::move(service) : nullptr;
}

void TstAppearance::palettesAreReadable_data()
{
    QTest::addColumn<Appearance::Mode>("mode");
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << Appearance::Mode::Light << false;
    QTest::newRow("dark") << Appearance::Mode::Dark << true;
}

void TstAppearance::palettesAreReadable()
{
    QFETCH(Appearance::Mode, mode);
    QFETCH(bool, dark);
    Appearance appearance;
    QSignalSpy changed(&appearance, &Appearance::changed);
    appearance.setMode(mode);
    QCOMPARE(appearance.effectiveDark(), dark);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toBool(), dark);
    QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);

    const QPalette palette = QApplication::palette();
    QCOMPARE(isDark(palette), dark);
    const auto check = [&](QPalette::ColorRole text, QPalette::ColorRole background,
                           double atLeast) {
        const QColor fg = palette.color(QPalette::Active, text);
        const QColor bg = palette.color(QPalette::Active, background);
        QVERIFY2(contrast(fg, bg) >= atLeast, describe(fg, bg).constData());
    };
    check(QPalette::Text, QPalette::Base, 7);
    check(QPalette::Text, QPalette::AlternateBase, 7);
    check(QPalette::WindowText, QPalette::Window, 4.5);
    check(QPalette::ButtonText, QPalette::Button, 4.5);
    check(QPalette::HighlightedText, QPalette::Highlight, 4.5);
    check(QPalette::ToolTipText, QPalette::ToolTipBase, 4.5);
    check(QPalette::Link, QPalette::Base, 4.5);
    check(QPalette::LinkVisited, QPalette::Base, 4.5);
    check(QPalette::PlaceholderText, QPalette::Base, 3);
}

void TstAppearance::palettesSetEveryRole()
{
    for (const QPalette& palette : {AppearancePalette::light(), AppearancePalette::dark()}) {
        for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
            for (int role = 0; role < QPalette::NColorRoles; ++role) {
                if (role == QPalette::NoRole)
                    continue;
                QVERIFY2(palette.isBrushSet(group, QPalette::ColorRole(role)),
                         qPrintable(u"group %1 role %2"_s.arg(group).arg(role)));
            }
        }
        // Disabled text is greyed out, still on its own background.
        QVERIFY(palette.color(QPalette::Disabled, QPalette::Text) !=
                palette.color(QPalette::Active, QPalette::Text));
    }
}

void TstAppearance::modeIsSaved()
{
    QCOMPARE(Appearance::savedMode(), Appearance::Mode::System);
    {
        Appearance appearance;
        appearance.setMode(Appearance::Mode::Dark);
    }
    QCOMPARE(Appearance::savedMode(), Appearance::Mode::Dark);
    QCOMPARE(QSettings().value(u"appearance/mode"_s).toString(), u"Dark"_s);
    // The next start begins in it.
    Appearance next;
    QCOMPARE(next.mode(), Appearance::Mode::Dark);
    next.setMode(Appearance::Mode::Light);
    QCOMPARE(Appearance::savedMode(), Appearance::Mode::Light);
    // Anything else in the file means the desktop's choice.
    QSettings().setValue(u"appearance/mode"_s, u"purple"_s);
    QCOMPARE(Appearance::savedMode(), Appearance::Mode::System);
}

void TstAppearance::systemFollowsThePortal()
{
    const auto service = startPortal();
    if (!service)
        QSKIP("No session bus, or org.freedesktop.portal.Desktop is taken (a desktop's own)");
    service->portal().colorScheme = 1;
    Appearance appearance;
    QSignalSpy changed(&appearance, &Appearance::changed);
    appearance.setMode(Appearance::Mode::System);
    QVERIFY(appearance.effectiveDark());
    QVERIFY(isDark(QApplication::palette()));

    service->changeColorScheme(2);
    QTRY_VERIFY(!appearance.effectiveDark());
    QVERIFY(!isDark(QApplication::palette()));
    QCOMPARE(changed.constLast().at(0).toBool(), false);

    service->changeColorScheme(1);
    QTRY_VERIFY(appearance.effectiveDark());
    QVERIFY(isDark(QApplication::palette()));
    QCOMPARE(changed.constLast().at(0).toBool(), true);
}

void TstAppearance::systemReadsAnOlderPortal()
{
    const auto service = startPortal();
    if (!service)
        QSKIP("No session bus, or org.freedesktop.portal.Desktop is taken (a desktop's own)");
    service->portal().withReadOne = false;
    service->portal().colorScheme = 1;
    Appearance appearance;
    appearance.setMode(Appearance::Mode::System);
    QVERIFY(appearance.effectiveDark());
}

void TstAppearance::chosenModeOverridesThePortal()
{
    const auto service = startPortal();
    if (!service)
        QSKIP("No session bus, or org.freedesktop.portal.Desktop is taken (a desktop's own)");
    service->portal().colorScheme = 1;
    Appearance appearance;
    appearance.setMode(Appearance::Mode::System);
    QVERIFY(appearance.effectiveDark());
    appearance.setMode(Appearance::Mode::Light);
    QVERIFY(!appearance.effectiveDark());
    // The desktop changing its mind does not undo the user's choice.
    QSignalSpy changed(&appearance, &Appearance::changed);
    SignalCounter seen;
    QVERIFY(QDBusConnection::sessionBus().connect(kPortalService, kPortalPath, kPortalInterface,
                                                  u"SettingChanged"_s, &seen,
                                                  SLOT(count(QString, QString, QDBusVariant))));
    service->changeColorScheme(2);
    service->changeColorScheme(1);
    // The app's own connection has both signals once this test's has: their
    // deliveries were queued together.
    QTRY_COMPARE(seen.seen, 2);
    QCoreApplication::processEvents();
    QCOMPARE(changed.size(), 0);
    QVERIFY(!appearance.effectiveDark());
}

void TstAppearance::gtkSettingsWithoutPortal_data()
{
    QTest::addColumn<QByteArray>("settingsIni");
    QTest::addColumn<bool>("dark");
    QTest::newRow("no file") << QByteArray() << false;
    QTest::newRow("light theme")
        << "[Settings]\ngtk-theme-name=Adwaita\ngtk-application-prefer-dark-theme=0\n"_ba << false;
    QTest::newRow("dark preferred")
        << "[Settings]\ngtk-theme-name=Adwaita\ngtk-application-prefer-dark-theme=1\n"_ba << true;
    QTest::newRow("dark theme") << "[Settings]\ngtk-theme-name=Arc-Dark\n"_ba << true;
}

void TstAppearance::gtkSettingsWithoutPortal()
{
    QFETCH(QByteArray, settingsIni);
    QFETCH(bool, dark);
    QTemporaryDir config;
    QVERIFY(config.isValid());
    if (!settingsIni.isEmpty()) {
        QVERIFY(QDir(config.path()).mkpath(u"gtk-3.0"_s));
        QFile file(config.filePath(u"gtk-3.0/settings.ini"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(settingsIni);
    }
    QCOMPARE(GtkColorScheme::settingsIniPrefersDark(config.path()), dark);
}

void TstAppearance::statusColorsAreReadable_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TstAppearance::statusColorsAreReadable()
{
    QFETCH(bool, dark);
    const QPalette palette = dark ? AppearancePalette::dark() : AppearancePalette::light();
    QApplication::setPalette(palette);
    using Tone = StatusColors::Tone;
    for (const Tone tone :
         {Tone::Neutral, Tone::Info, Tone::Success, Tone::Warning, Tone::Danger}) {
        const QColor fg = StatusColors::foreground(tone);
        const QColor bg = StatusColors::background(tone);
        QVERIFY2(contrast(fg, bg) >= 4.5, describe(fg, bg).constData());
        // A badge is tinted like the palette: dark badges on a dark window.
        QCOMPARE(bg.lightness() < 128, dark);
        // The text colour alone (an error message) reads on the window too.
        const QColor window = palette.color(QPalette::Window);
        QVERIFY2(contrast(fg, window) >= 4.5, describe(fg, window).constData());
    }
}

QTEST_MAIN(TstAppearance)
#include "tst_appearance.moc"
