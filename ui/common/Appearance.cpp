#include "Appearance.h"

#include "AppearancePalette.h"
#include "DesktopColorScheme.h"

#include <QApplication>
#include <QMetaEnum>
#include <QPointer>
#include <QSettings>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace {

const QString kModeKey = u"appearance/mode"_s;
const QString kFusion = u"Fusion"_s;

} // namespace

Appearance::Appearance(QObject* parent)
    : QObject(parent)
    , m_mode(savedMode())
{}

Appearance::~Appearance() = default;

Appearance* Appearance::instance()
{
    static QPointer<Appearance> theInstance;
    if (!theInstance)
        theInstance = new Appearance(QCoreApplication::instance());
    return theInstance;
}

Appearance::Mode Appearance::savedMode()
{
    // Saved by name ("Dark"), readable in the settings file.
    const QByteArray name = QSettings().value(kModeKey).toString().toLatin1();
    bool ok = false;
    const int value = QMetaEnum::fromType<Mode>().keyToValue(name.constData(), &ok);
    return ok ? static_cast<Mode>(value) : Mode::System;
}

void Appearance::setMode(Mode mode)
{
    QSettings().setValue(kModeKey, QString::fromLatin1(QMetaEnum::fromType<Mode>().valueToKey(
                                       static_cast<int>(mode))));
    m_mode = mode;
    apply();
}

bool Appearance::wantsDark()
{
    if (m_mode != Mode::System)
        return m_mode == Mode::Dark;
    if (!m_desktop) {
        m_desktop = new DesktopColorScheme(this);
        connect(m_desktop, &DesktopColorScheme::preferenceChanged, this, [this] {
            if (m_mode == Mode::System)
                apply();
        });
    }
    return m_desktop->prefersDark();
}

void Appearance::apply()
{
    const bool dark = wantsDark();
    // Fusion draws with the palette alone; other styles (a desktop's own) may not.
    if (QApplication::style()->name().compare(kFusion, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(kFusion);
    QApplication::setPalette(dark ? AppearancePalette::dark() : AppearancePalette::light());
    if (m_applied && dark == m_dark)
        return;
    m_applied = true;
    m_dark = dark;
    emit changed(dark);
}
