#pragma once

#include "domain/ProductDraft.h"

#include <QDialog>

struct AppServices;
class CategoryComboBox;
class ImageDownloader;
class ListingService;
class QCheckBox;
class QCloseEvent;
class QComboBox;
class QDialogButtonBox;
class CheckedDelegate;
class MessageLabel;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableView;
class VariantTableModel;

// Creates or edits a product: name, description, category (the tree), brand,
// its variants, and its pictures (from a file or a web address; reordered by
// dragging). Saved in one transaction; the database checks everything again.
class ProductEditorDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductEditorDialog)
public:
    ProductEditorDialog(AppServices& services, ListingService& listings, qint64 productId,
                        QWidget* parent = nullptr);

    // For tests and "add from file": validates, stores, and shows the picture.
    void addImageBytes(const QByteArray& bytes);
    void addImageFromUrl(const QString& url);

signals:
    void imageAdded(const QByteArray& sha256);
    void imageRefused(const QString& message);
    void saveFinished(bool ok);

public slots:
    // Asks before an edit is thrown away (Cancel, Escape, the window's close).
    void reject() override;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void load(const ProductDetail& product);
    void addImageFromFile();
    void askForUrl();
    void appendImage(const QByteArray& sha256);
    void save();
    void showError(const QString& message);
    void setLoading(bool loading);
    void markChanged();
    bool confirmDiscard();

    AppServices& m_services;
    ListingService& m_listings;
    ImageDownloader* m_downloader;
    ProductDraft m_draft;
    QLineEdit* m_name;
    QPlainTextEdit* m_description;
    CategoryComboBox* m_category;
    QComboBox* m_brand;
    QCheckBox* m_active;
    VariantTableModel* m_variants;
    QList<CheckedDelegate*> m_cellDelegates;
    QTableView* m_variantView;
    QListWidget* m_images;
    MessageLabel* m_message;
    QDialogButtonBox* m_buttons;
    bool m_filling = false; // the dialog itself is filling fields: not an edit
    bool m_changed = false;
    bool m_saving = false;
};
