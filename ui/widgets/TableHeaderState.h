#pragma once

#include <QObject>
#include <QString>

class QTableView;

// Keeps a table's header (widths, order, visibility, sort) in QSettings and
// gives the header a context menu to show or hide columns (docs/architecture.md §7).
class TableHeaderState final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableHeaderState)
public:
    // Restores the saved state now and saves every change; owned by the view.
    static TableHeaderState* attach(QTableView* view, const QString& settingsKey);

private:
    TableHeaderState(QTableView* view, QString settingsKey);
    void save() const;
    void showColumnMenu(const QPoint& position);

    QTableView* m_view;
    QString m_key;
};
