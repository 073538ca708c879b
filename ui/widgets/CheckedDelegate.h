#pragma once

#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

// A cell editor that takes what was typed or says why not. Text that does not
// parse is neither dropped nor changed: the editor opens again with it, and
// inputRefused() carries the reason for the screen to show next to the table.
// (A spin box would quietly turn -3 into 3 or 999 into 9.)
class CheckedDelegate : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckedDelegate)
public:
    explicit CheckedDelegate(QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

    // True while refused text waits in its cell: the form must not be saved.
    bool holdsRefusedInput() const { return m_refused.isValid(); }

signals:
    void inputRefused(const QString& message) const;
    // Text taken after all: a reason shown for earlier text no longer applies.
    void inputAccepted() const;

protected:
    struct Parsed {
        QVariant value;  // for Qt::EditRole; invalid when refused
        QString problem; // why it was refused
    };
    static Parsed refuse(const QString& problem) { return {QVariant(), problem}; }
    virtual Parsed parse(const QString& text) const = 0;
    virtual QString format(const QModelIndex& index) const = 0;

private:
    mutable QPersistentModelIndex m_refused;
    mutable QString m_refusedText;
};
