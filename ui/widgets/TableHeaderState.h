#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

class QTableView;

// Keeps a table's header (widths, order, visibility, sort) in QSettings and
// gives the header a context menu to show or hide columns (docs/architecture.md §7).
// A burst of changes (a screen shown, a column dragged) is written once, a
// moment later or when the view goes, and the file is synced once for all
// the tables written together: each sync is a disk write on the GUI thread.
class TableHeaderState final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableHeaderState)
public:
    // Restores the saved state now and saves every change; owned by the view.
    static TableHeaderState* attach(QTableView* view, const QString& settingsKey);
    ~TableHeaderState() override;

private:
    TableHeaderState(QTableView* view, QString settingsKey);
    void save();
    void write();
    void showColumnMenu(const QPoint& position);

    QTableView* m_view;
    QString m_key;
    QByteArray m_state; // the header's state not written yet
    QTimer m_write;
};
