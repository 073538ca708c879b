// hexastore: the desktop client.
#include "db/ConnectionSettings.h"
#include "QuitOnSignal.h"
#include "ui/AppController.h"
#include "ui/common/Appearance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

void installTranslators(QCoreApplication& app)
{
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* own = new QTranslator(&app);
    // English when the system has no language of ours (LANG=C.UTF-8 too):
    // its plurals say "1 item", not "1 item(s)".
    if (own->load(QLocale(), u"hexastore"_s, u"_"_s, u":/i18n"_s) ||
        own->load(u"hexastore_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
}

void setUp(QCoreApplication& app)
{
    QCoreApplication::setOrganizationName(u"HexaStore"_s);
    QCoreApplication::setApplicationName(u"HexaStore"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(HEXASTORE_VERSION));
    installTranslators(app);
}

void addOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "HexaStore marketplace client"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"server"_s,
                      QCoreApplication::translate("main", "Connect to this database instead of the "
                                                          "configured one (postgresql://…)."),
                      u"url"_s});
    parser.addOption(
        {u"read-server"_s,
         QCoreApplication::translate("main", "Read the catalog from this read-only server (a "
                                             "streaming standby; postgresql://…)."),
         u"url"_s});
    parser.addOption({u"local-dir"_s,
                      QCoreApplication::translate("main", "Directory of the local server."),
                      u"dir"_s});
}

// QApplication aborts without a display, which --help and --version do not
// need: those are answered by a QCoreApplication.
bool onlyHelpOrVersion(int argc, char* argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser parser;
    addOptions(parser);
    return parser.parse(args) &&
           (parser.isSet(u"help"_s) || parser.isSet(u"help-all"_s) || parser.isSet(u"version"_s));
}

} // namespace

int main(int argc, char* argv[])
{
    if (onlyHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        setUp(app);
        QCommandLineParser parser;
        addOptions(parser);
        parser.process(app); // Prints the help or the version and exits.
        return 0;
    }

    QApplication app(argc, argv);
    setUp(app);
    QApplication::setApplicationDisplayName(u"HexaStore"_s);
    QApplication::setDesktopFileName(u"io.github.hexastore.HexaStore"_s);
    // Before any window: the saved light, dark or desktop colours.
    Appearance::instance()->apply();
    QApplication::setWindowIcon(QIcon(u":/hexastore/icons/hexastore.svg"_s));

    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);

    AppController::Options options;
    options.localServerDirectory = parser.value(u"local-dir"_s);
    if (parser.isSet(u"server"_s)) {
        auto settings = ConnectionSettings::fromUrl(parser.value(u"server"_s));
        if (!settings) {
            QMessageBox::critical(nullptr, u"HexaStore"_s, settings.error().message());
            return 2;
        }
        options.fixedServer = *settings;
    }
    if (parser.isSet(u"read-server"_s)) {
        auto settings = ConnectionSettings::fromUrl(parser.value(u"read-server"_s));
        if (!settings) {
            QMessageBox::critical(nullptr, u"HexaStore"_s, settings.error().message());
            return 2;
        }
        options.readServer = *settings;
    }
    QuitOnSignal quitOnSignal;
    AppController controller(options);
    controller.start();
    return QApplication::exec();
}
