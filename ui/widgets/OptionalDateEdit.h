#pragma once

#include <QDate>
#include <QDateEdit>

// A date filter that may be empty ("any date", shown as `anyText`). Its
// calendar opens at today's month while it is empty, not at the placeholder
// date that stands for "any".
class OptionalDateEdit final : public QDateEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionalDateEdit)
public:
    OptionalDateEdit(const QString& anyText, QWidget* parent = nullptr);

    // An invalid date when empty.
    QDate chosenDate() const;
    void clear() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};
