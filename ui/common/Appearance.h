#pragma once

#include <QObject>

class DesktopColorScheme;

// Light, dark or the desktop's choice: the Fusion style with the matching
// AppearancePalette for the whole application. The mode is kept in QSettings;
// in System mode the palette follows the desktop while the app runs.
class Appearance final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Appearance)
public:
    enum class Mode { System, Light, Dark };
    Q_ENUM(Mode)

    // Starts in the saved mode; apply() makes it take effect.
    explicit Appearance(QObject* parent = nullptr);
    ~Appearance() override;

    // The application's one instance, made on first use (main applies it).
    static Appearance* instance();

    static Mode savedMode();
    Mode mode() const { return m_mode; }
    // Saves the mode and applies it.
    void setMode(Mode mode);
    void apply();
    // Whether the palette applied last is the dark one.
    bool effectiveDark() const { return m_dark; }

signals:
    void changed(bool dark);

private:
    bool wantsDark();

    Mode m_mode;
    bool m_dark = false;
    bool m_applied = false;
    DesktopColorScheme* m_desktop = nullptr;
};
