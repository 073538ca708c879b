#include "GtkColorScheme.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

// A desktop that answers at all answers at once: never hold up the start.
constexpr int kGsettingsTimeoutMs = 500;

bool isDarkThemeName(QString name)
{
    name.remove(u'\'');
    return name.endsWith(u"-dark"_s, Qt::CaseInsensitive);
}

QString gsettings(const QString& key)
{
    const QString program = QStandardPaths::findExecutable(u"gsettings"_s);
    if (program.isEmpty())
        return {};
    QProcess process;
    process.start(program, {u"get"_s, u"org.gnome.desktop.interface"_s, key});
    if (!process.waitForFinished(kGsettingsTimeoutMs)) {
        process.kill();
        process.waitForFinished(kGsettingsTimeoutMs);
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

} // namespace

bool GtkColorScheme::prefersDark()
{
    if (gsettingsPrefersDark())
        return true;
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty())
        config = QDir::homePath() + u"/.config"_s;
    return settingsIniPrefersDark(config);
}

bool GtkColorScheme::gsettingsPrefersDark()
{
    if (gsettings(u"color-scheme"_s) == u"'prefer-dark'"_s)
        return true;
    return isDarkThemeName(gsettings(u"gtk-theme"_s));
}

bool GtkColorScheme::settingsIniPrefersDark(const QString& configDirectory)
{
    const QString fileName = configDirectory + u"/gtk-3.0/settings.ini"_s;
    if (!QFile::exists(fileName))
        return false;
    QSettings ini(fileName, QSettings::IniFormat);
    ini.beginGroup(u"Settings"_s);
    const QString prefer = ini.value(u"gtk-application-prefer-dark-theme"_s).toString();
    if (prefer == u"1"_s || prefer.compare(u"true"_s, Qt::CaseInsensitive) == 0)
        return true;
    return isDarkThemeName(ini.value(u"gtk-theme-name"_s).toString());
}
