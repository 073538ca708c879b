#pragma once

#include <QPointer>
#include <QUndoCommand>
#include <QVariant>

class ListingTableModel;

// One in-place edit of My listings (a price, a stock, "for sale"), so that
// Ctrl+Z puts the earlier value back, which is saved like any edit.
class ListingEditCommand final : public QUndoCommand {
public:
    ListingEditCommand(ListingTableModel* model, qint64 variantId, int column, QVariant before,
                       QVariant after, const QString& text);

    void undo() override;
    void redo() override;

private:
    QPointer<ListingTableModel> m_model;
    qint64 m_variantId;
    int m_column;
    QVariant m_before;
    QVariant m_after;
    bool m_done = true; // pushed after the edit happened: the first redo is a no-op
};
