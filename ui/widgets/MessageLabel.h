#pragma once

#include <QLabel>

// The message under a form or a list: errors in red, good news in green, in
// one place so that every screen says them alike. Shown by the show* calls.
class MessageLabel final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageLabel)
public:
    explicit MessageLabel(QWidget* parent = nullptr);

    void showError(const QString& text);
    void showSuccess(const QString& text);
    void showInfo(const QString& text);

    // Marks the input field an error is about (property "invalidInput").
    static void markField(QWidget* field, bool wrong);

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class Kind { Info, Error, Success };
    void present(const QString& text, Kind kind);
    void restyle();

    Kind m_kind = Kind::Info;
    bool m_restyling = false;
};
