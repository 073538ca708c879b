#pragma once

#include <QCoreApplication>
#include <QString>
#include <QWidget>

// Saves the widget as NAME.png in $HEXASTORE_SCREENSHOT_DIR, when it is set
// (the screenshots in docs/ are made this way).
inline void saveScreenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("HEXASTORE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    // Layouts and scenes (charts) finish on queued events: let them run first.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}
