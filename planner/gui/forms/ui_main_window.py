# GENERATED FILE: DO NOT EDIT.
# Made from ui/main_window.ui by tools/build_forms.py (make forms).
# Edit the .ui file in Qt Designer, then run `make forms`.

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMenuBar,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QSplitter,
    QStackedWidget,
    QStatusBar,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.gui.widgets.date_time_edit import DateTimeEdit
from planner.gui.widgets.notes_editor import NotesEditor

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1100, 720)
        self.actionNew = QAction(MainWindow)
        self.actionNew.setObjectName(u"actionNew")
        self.actionDuplicate = QAction(MainWindow)
        self.actionDuplicate.setObjectName(u"actionDuplicate")
        self.actionDelete = QAction(MainWindow)
        self.actionDelete.setObjectName(u"actionDelete")
        self.actionFind = QAction(MainWindow)
        self.actionFind.setObjectName(u"actionFind")
        self.actionPreferences = QAction(MainWindow)
        self.actionPreferences.setObjectName(u"actionPreferences")
        self.actionSchemeSystem = QAction(MainWindow)
        self.actionSchemeSystem.setObjectName(u"actionSchemeSystem")
        self.actionSchemeSystem.setCheckable(True)
        self.actionSchemeLight = QAction(MainWindow)
        self.actionSchemeLight.setObjectName(u"actionSchemeLight")
        self.actionSchemeLight.setCheckable(True)
        self.actionSchemeDark = QAction(MainWindow)
        self.actionSchemeDark.setObjectName(u"actionSchemeDark")
        self.actionSchemeDark.setCheckable(True)
        self.actionPreviousInterview = QAction(MainWindow)
        self.actionPreviousInterview.setObjectName(u"actionPreviousInterview")
        self.actionNextInterview = QAction(MainWindow)
        self.actionNextInterview.setObjectName(u"actionNextInterview")
        self.actionPractice = QAction(MainWindow)
        self.actionPractice.setObjectName(u"actionPractice")
        self.actionOpenExample = QAction(MainWindow)
        self.actionOpenExample.setObjectName(u"actionOpenExample")
        self.actionImport = QAction(MainWindow)
        self.actionImport.setObjectName(u"actionImport")
        self.actionExport = QAction(MainWindow)
        self.actionExport.setObjectName(u"actionExport")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionBackups = QAction(MainWindow)
        self.actionBackups.setObjectName(u"actionBackups")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.actionAboutQt = QAction(MainWindow)
        self.actionAboutQt.setObjectName(u"actionAboutQt")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QHBoxLayout(self.centralwidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(6, 6, 6, 0)
        self.splitter = QSplitter(self.centralwidget)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listPaneLayout = QVBoxLayout(self.listPane)
        self.listPaneLayout.setObjectName(u"listPaneLayout")
        self.listPaneLayout.setContentsMargins(0, 0, 0, 6)
        self.listHeading = QLabel(self.listPane)
        self.listHeading.setObjectName(u"listHeading")

        self.listPaneLayout.addWidget(self.listHeading)

        self.interviewList = QListView(self.listPane)
        self.interviewList.setObjectName(u"interviewList")
        self.interviewList.setMinimumSize(QSize(220, 0))
        self.interviewList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.interviewList.setUniformItemSizes(True)
        self.interviewList.setTextElideMode(Qt.TextElideMode.ElideRight)

        self.listPaneLayout.addWidget(self.interviewList)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.newButton = QPushButton(self.listPane)
        self.newButton.setObjectName(u"newButton")

        self.listButtons.addWidget(self.newButton)

        self.duplicateButton = QPushButton(self.listPane)
        self.duplicateButton.setObjectName(u"duplicateButton")

        self.listButtons.addWidget(self.duplicateButton)

        self.deleteButton = QPushButton(self.listPane)
        self.deleteButton.setObjectName(u"deleteButton")

        self.listButtons.addWidget(self.deleteButton)


        self.listPaneLayout.addLayout(self.listButtons)

        self.splitter.addWidget(self.listPane)
        self.pages = QStackedWidget(self.splitter)
        self.pages.setObjectName(u"pages")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QGridLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyTopSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyTopSpacer, 0, 1, 1, 1)

        self.emptyLeftSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyLayout.addItem(self.emptyLeftSpacer, 1, 0, 1, 1)

        self.emptyCard = QWidget(self.emptyPage)
        self.emptyCard.setObjectName(u"emptyCard")
        self.emptyCard.setMinimumSize(QSize(360, 0))
        self.emptyCard.setMaximumSize(QSize(560, 16777215))
        self.emptyCardLayout = QVBoxLayout(self.emptyCard)
        self.emptyCardLayout.setSpacing(14)
        self.emptyCardLayout.setObjectName(u"emptyCardLayout")
        self.emptyCardLayout.setContentsMargins(0, 0, 0, 0)
        self.emptyTitle = QLabel(self.emptyCard)
        self.emptyTitle.setObjectName(u"emptyTitle")
        self.emptyTitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyTitle.setWordWrap(True)

        self.emptyCardLayout.addWidget(self.emptyTitle)

        self.emptyText = QLabel(self.emptyCard)
        self.emptyText.setObjectName(u"emptyText")
        self.emptyText.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyText.setWordWrap(True)

        self.emptyCardLayout.addWidget(self.emptyText)

        self.emptyButtons = QHBoxLayout()
        self.emptyButtons.setObjectName(u"emptyButtons")
        self.emptyButtonsLeft = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyButtons.addItem(self.emptyButtonsLeft)

        self.emptyNewButton = QPushButton(self.emptyCard)
        self.emptyNewButton.setObjectName(u"emptyNewButton")

        self.emptyButtons.addWidget(self.emptyNewButton)

        self.emptyExampleButton = QPushButton(self.emptyCard)
        self.emptyExampleButton.setObjectName(u"emptyExampleButton")

        self.emptyButtons.addWidget(self.emptyExampleButton)

        self.emptyImportButton = QPushButton(self.emptyCard)
        self.emptyImportButton.setObjectName(u"emptyImportButton")

        self.emptyButtons.addWidget(self.emptyImportButton)

        self.emptyButtonsRight = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyButtons.addItem(self.emptyButtonsRight)


        self.emptyCardLayout.addLayout(self.emptyButtons)

        self.emptyPrivacy = QLabel(self.emptyCard)
        self.emptyPrivacy.setObjectName(u"emptyPrivacy")
        self.emptyPrivacy.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyPrivacy.setWordWrap(True)

        self.emptyCardLayout.addWidget(self.emptyPrivacy)


        self.emptyLayout.addWidget(self.emptyCard, 1, 1, 1, 1)

        self.emptyRightSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyLayout.addItem(self.emptyRightSpacer, 1, 2, 1, 1)

        self.emptyBottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyBottomSpacer, 2, 1, 1, 1)

        self.pages.addWidget(self.emptyPage)
        self.interviewPage = QWidget()
        self.interviewPage.setObjectName(u"interviewPage")
        self.interviewLayout = QVBoxLayout(self.interviewPage)
        self.interviewLayout.setObjectName(u"interviewLayout")
        self.interviewLayout.setContentsMargins(6, 0, 0, 6)
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.titleLabel = QLabel(self.interviewPage)
        self.titleLabel.setObjectName(u"titleLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.titleLabel.sizePolicy().hasHeightForWidth())
        self.titleLabel.setSizePolicy(sizePolicy)
        self.titleLabel.setText(u"Interview")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.titleRow.addWidget(self.titleLabel)

        self.countdownLabel = QLabel(self.interviewPage)
        self.countdownLabel.setObjectName(u"countdownLabel")
        self.countdownLabel.setText(u"countdown")
        self.countdownLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.countdownLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.titleRow.addWidget(self.countdownLabel)


        self.interviewLayout.addLayout(self.titleRow)

        self.readinessRow = QHBoxLayout()
        self.readinessRow.setObjectName(u"readinessRow")
        self.readinessBar = QProgressBar(self.interviewPage)
        self.readinessBar.setObjectName(u"readinessBar")
        self.readinessBar.setMinimumSize(QSize(170, 0))
        self.readinessBar.setMaximumSize(QSize(220, 16777215))
        self.readinessBar.setValue(0)

        self.readinessRow.addWidget(self.readinessBar)

        self.nextStepLabel = QLabel(self.interviewPage)
        self.nextStepLabel.setObjectName(u"nextStepLabel")
        sizePolicy.setHeightForWidth(self.nextStepLabel.sizePolicy().hasHeightForWidth())
        self.nextStepLabel.setSizePolicy(sizePolicy)
        self.nextStepLabel.setText(u"next step")
        self.nextStepLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.readinessRow.addWidget(self.nextStepLabel)


        self.interviewLayout.addLayout(self.readinessRow)

        self.headerGrid = QGridLayout()
        self.headerGrid.setObjectName(u"headerGrid")
        self.headerGrid.setHorizontalSpacing(12)
        self.companyLabel = QLabel(self.interviewPage)
        self.companyLabel.setObjectName(u"companyLabel")

        self.headerGrid.addWidget(self.companyLabel, 0, 0, 1, 1)

        self.companyEdit = QLineEdit(self.interviewPage)
        self.companyEdit.setObjectName(u"companyEdit")
        self.companyEdit.setMaxLength(200)

        self.headerGrid.addWidget(self.companyEdit, 0, 1, 1, 1)

        self.roleLabel = QLabel(self.interviewPage)
        self.roleLabel.setObjectName(u"roleLabel")

        self.headerGrid.addWidget(self.roleLabel, 0, 2, 1, 1)

        self.roleEdit = QLineEdit(self.interviewPage)
        self.roleEdit.setObjectName(u"roleEdit")
        self.roleEdit.setMaxLength(200)

        self.headerGrid.addWidget(self.roleEdit, 0, 3, 1, 1)

        self.whenLabel = QLabel(self.interviewPage)
        self.whenLabel.setObjectName(u"whenLabel")

        self.headerGrid.addWidget(self.whenLabel, 1, 0, 1, 1)

        self.whenRow = QHBoxLayout()
        self.whenRow.setSpacing(4)
        self.whenRow.setObjectName(u"whenRow")
        self.whenEdit = DateTimeEdit(self.interviewPage)
        self.whenEdit.setObjectName(u"whenEdit")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.whenEdit.sizePolicy().hasHeightForWidth())
        self.whenEdit.setSizePolicy(sizePolicy1)
        self.whenEdit.setCalendarPopup(True)

        self.whenRow.addWidget(self.whenEdit)

        self.clearDateButton = QToolButton(self.interviewPage)
        self.clearDateButton.setObjectName(u"clearDateButton")

        self.whenRow.addWidget(self.clearDateButton)


        self.headerGrid.addLayout(self.whenRow, 1, 1, 1, 1)

        self.statusLabel = QLabel(self.interviewPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.headerGrid.addWidget(self.statusLabel, 1, 2, 1, 1)

        self.statusCombo = QComboBox(self.interviewPage)
        self.statusCombo.setObjectName(u"statusCombo")

        self.headerGrid.addWidget(self.statusCombo, 1, 3, 1, 1)

        self.locationLabel = QLabel(self.interviewPage)
        self.locationLabel.setObjectName(u"locationLabel")

        self.headerGrid.addWidget(self.locationLabel, 2, 0, 1, 1)

        self.locationEdit = QLineEdit(self.interviewPage)
        self.locationEdit.setObjectName(u"locationEdit")
        self.locationEdit.setMaxLength(2000)

        self.headerGrid.addWidget(self.locationEdit, 2, 1, 1, 3)


        self.interviewLayout.addLayout(self.headerGrid)

        self.tabs = QTabWidget(self.interviewPage)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)
        self.expectTab = QWidget()
        self.expectTab.setObjectName(u"expectTab")
        self.expectLayout = QVBoxLayout(self.expectTab)
        self.expectLayout.setObjectName(u"expectLayout")
        self.expectLayout.setContentsMargins(0, 0, 0, 0)
        self.expectScroll = QScrollArea(self.expectTab)
        self.expectScroll.setObjectName(u"expectScroll")
        self.expectScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.expectScroll.setWidgetResizable(True)
        self.expectContent = QWidget()
        self.expectContent.setObjectName(u"expectContent")
        self.expectSections = QVBoxLayout(self.expectContent)
        self.expectSections.setSpacing(14)
        self.expectSections.setObjectName(u"expectSections")
        self.expectGuide = QLabel(self.expectContent)
        self.expectGuide.setObjectName(u"expectGuide")
        self.expectGuide.setText(u"What to expect")
        self.expectGuide.setWordWrap(True)
        self.expectGuide.setTextFormat(Qt.TextFormat.PlainText)

        self.expectSections.addWidget(self.expectGuide)

        self.expectNotesTitle = QLabel(self.expectContent)
        self.expectNotesTitle.setObjectName(u"expectNotesTitle")

        self.expectSections.addWidget(self.expectNotesTitle)

        self.expectNotes = NotesEditor(self.expectContent)
        self.expectNotes.setObjectName(u"expectNotes")
        self.expectNotes.setMinimumSize(QSize(0, 140))

        self.expectSections.addWidget(self.expectNotes)

        self.expectScroll.setWidget(self.expectContent)

        self.expectLayout.addWidget(self.expectScroll)

        self.tabs.addTab(self.expectTab, "")
        self.impressTab = QWidget()
        self.impressTab.setObjectName(u"impressTab")
        self.impressLayout = QVBoxLayout(self.impressTab)
        self.impressLayout.setObjectName(u"impressLayout")
        self.impressLayout.setContentsMargins(0, 0, 0, 0)
        self.impressScroll = QScrollArea(self.impressTab)
        self.impressScroll.setObjectName(u"impressScroll")
        self.impressScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.impressScroll.setWidgetResizable(True)
        self.impressContent = QWidget()
        self.impressContent.setObjectName(u"impressContent")
        self.impressSections = QVBoxLayout(self.impressContent)
        self.impressSections.setSpacing(14)
        self.impressSections.setObjectName(u"impressSections")
        self.impressGuide = QLabel(self.impressContent)
        self.impressGuide.setObjectName(u"impressGuide")
        self.impressGuide.setText(u"Impress again")
        self.impressGuide.setWordWrap(True)
        self.impressGuide.setTextFormat(Qt.TextFormat.PlainText)

        self.impressSections.addWidget(self.impressGuide)

        self.impressNotesTitle = QLabel(self.impressContent)
        self.impressNotesTitle.setObjectName(u"impressNotesTitle")

        self.impressSections.addWidget(self.impressNotesTitle)

        self.impressNotes = NotesEditor(self.impressContent)
        self.impressNotes.setObjectName(u"impressNotes")
        self.impressNotes.setMinimumSize(QSize(0, 140))

        self.impressSections.addWidget(self.impressNotes)

        self.impressScroll.setWidget(self.impressContent)

        self.impressLayout.addWidget(self.impressScroll)

        self.tabs.addTab(self.impressTab, "")
        self.reinforceTab = QWidget()
        self.reinforceTab.setObjectName(u"reinforceTab")
        self.reinforceLayout = QVBoxLayout(self.reinforceTab)
        self.reinforceLayout.setObjectName(u"reinforceLayout")
        self.reinforceLayout.setContentsMargins(0, 0, 0, 0)
        self.reinforceScroll = QScrollArea(self.reinforceTab)
        self.reinforceScroll.setObjectName(u"reinforceScroll")
        self.reinforceScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.reinforceScroll.setWidgetResizable(True)
        self.reinforceContent = QWidget()
        self.reinforceContent.setObjectName(u"reinforceContent")
        self.reinforceSections = QVBoxLayout(self.reinforceContent)
        self.reinforceSections.setSpacing(14)
        self.reinforceSections.setObjectName(u"reinforceSections")
        self.reinforceGuide = QLabel(self.reinforceContent)
        self.reinforceGuide.setObjectName(u"reinforceGuide")
        self.reinforceGuide.setText(u"Reinforce positives")
        self.reinforceGuide.setWordWrap(True)
        self.reinforceGuide.setTextFormat(Qt.TextFormat.PlainText)

        self.reinforceSections.addWidget(self.reinforceGuide)

        self.reinforceNotesTitle = QLabel(self.reinforceContent)
        self.reinforceNotesTitle.setObjectName(u"reinforceNotesTitle")

        self.reinforceSections.addWidget(self.reinforceNotesTitle)

        self.reinforceNotes = NotesEditor(self.reinforceContent)
        self.reinforceNotes.setObjectName(u"reinforceNotes")
        self.reinforceNotes.setMinimumSize(QSize(0, 140))

        self.reinforceSections.addWidget(self.reinforceNotes)

        self.reinforceScroll.setWidget(self.reinforceContent)

        self.reinforceLayout.addWidget(self.reinforceScroll)

        self.tabs.addTab(self.reinforceTab, "")
        self.likeableTab = QWidget()
        self.likeableTab.setObjectName(u"likeableTab")
        self.likeableLayout = QVBoxLayout(self.likeableTab)
        self.likeableLayout.setObjectName(u"likeableLayout")
        self.likeableLayout.setContentsMargins(0, 0, 0, 0)
        self.likeableScroll = QScrollArea(self.likeableTab)
        self.likeableScroll.setObjectName(u"likeableScroll")
        self.likeableScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.likeableScroll.setWidgetResizable(True)
        self.likeableContent = QWidget()
        self.likeableContent.setObjectName(u"likeableContent")
        self.likeableSections = QVBoxLayout(self.likeableContent)
        self.likeableSections.setSpacing(14)
        self.likeableSections.setObjectName(u"likeableSections")
        self.likeableGuide = QLabel(self.likeableContent)
        self.likeableGuide.setObjectName(u"likeableGuide")
        self.likeableGuide.setText(u"Be likeable")
        self.likeableGuide.setWordWrap(True)
        self.likeableGuide.setTextFormat(Qt.TextFormat.PlainText)

        self.likeableSections.addWidget(self.likeableGuide)

        self.likeableNotesTitle = QLabel(self.likeableContent)
        self.likeableNotesTitle.setObjectName(u"likeableNotesTitle")

        self.likeableSections.addWidget(self.likeableNotesTitle)

        self.likeableNotes = NotesEditor(self.likeableContent)
        self.likeableNotes.setObjectName(u"likeableNotes")
        self.likeableNotes.setMinimumSize(QSize(0, 140))

        self.likeableSections.addWidget(self.likeableNotes)

        self.likeableScroll.setWidget(self.likeableContent)

        self.likeableLayout.addWidget(self.likeableScroll)

        self.tabs.addTab(self.likeableTab, "")

        self.interviewLayout.addWidget(self.tabs)

        self.pages.addWidget(self.interviewPage)
        self.splitter.addWidget(self.pages)

        self.centralLayout.addWidget(self.splitter)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuEdit = QMenu(self.menubar)
        self.menuEdit.setObjectName(u"menuEdit")
        self.menuView = QMenu(self.menubar)
        self.menuView.setObjectName(u"menuView")
        self.menuScheme = QMenu(self.menuView)
        self.menuScheme.setObjectName(u"menuScheme")
        self.menuInterview = QMenu(self.menubar)
        self.menuInterview.setObjectName(u"menuInterview")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)
#if QT_CONFIG(shortcut)
        self.listHeading.setBuddy(self.interviewList)
        self.companyLabel.setBuddy(self.companyEdit)
        self.roleLabel.setBuddy(self.roleEdit)
        self.whenLabel.setBuddy(self.whenEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.locationLabel.setBuddy(self.locationEdit)
        self.expectNotesTitle.setBuddy(self.expectNotes)
        self.impressNotesTitle.setBuddy(self.impressNotes)
        self.reinforceNotesTitle.setBuddy(self.reinforceNotes)
        self.likeableNotesTitle.setBuddy(self.likeableNotes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.interviewList, self.newButton)
        QWidget.setTabOrder(self.newButton, self.duplicateButton)
        QWidget.setTabOrder(self.duplicateButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.companyEdit)
        QWidget.setTabOrder(self.companyEdit, self.roleEdit)
        QWidget.setTabOrder(self.roleEdit, self.whenEdit)
        QWidget.setTabOrder(self.whenEdit, self.clearDateButton)
        QWidget.setTabOrder(self.clearDateButton, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.locationEdit)
        QWidget.setTabOrder(self.locationEdit, self.tabs)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuEdit.menuAction())
        self.menubar.addAction(self.menuView.menuAction())
        self.menubar.addAction(self.menuInterview.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionNew)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionOpenExample)
        self.menuFile.addAction(self.actionImport)
        self.menuFile.addAction(self.actionExport)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuEdit.addAction(self.actionFind)
        self.menuEdit.addSeparator()
        self.menuEdit.addAction(self.actionPreferences)
        self.menuView.addAction(self.menuScheme.menuAction())
        self.menuView.addSeparator()
        self.menuScheme.addAction(self.actionSchemeSystem)
        self.menuScheme.addAction(self.actionSchemeLight)
        self.menuScheme.addAction(self.actionSchemeDark)
        self.menuInterview.addAction(self.actionDuplicate)
        self.menuInterview.addAction(self.actionDelete)
        self.menuInterview.addSeparator()
        self.menuInterview.addAction(self.actionPreviousInterview)
        self.menuInterview.addAction(self.actionNextInterview)
        self.menuInterview.addSeparator()
        self.menuInterview.addAction(self.actionPractice)
        self.menuHelp.addAction(self.actionBackups)
        self.menuHelp.addSeparator()
        self.menuHelp.addAction(self.actionAbout)
        self.menuHelp.addAction(self.actionAboutQt)

        self.retranslateUi(MainWindow)

        self.emptyNewButton.setDefault(True)
        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Second Interview Planner", None))
        self.actionNew.setText(QCoreApplication.translate("MainWindow", u"&New Interview", None))
        self.actionDuplicate.setText(QCoreApplication.translate("MainWindow", u"D&uplicate Interview", None))
        self.actionDelete.setText(QCoreApplication.translate("MainWindow", u"&Delete Interview\u2026", None))
        self.actionFind.setText(QCoreApplication.translate("MainWindow", u"&Find\u2026", None))
        self.actionPreferences.setText(QCoreApplication.translate("MainWindow", u"Pre&ferences\u2026", None))
        self.actionSchemeSystem.setText(QCoreApplication.translate("MainWindow", u"Follow the &System", None))
        self.actionSchemeLight.setText(QCoreApplication.translate("MainWindow", u"&Light", None))
        self.actionSchemeDark.setText(QCoreApplication.translate("MainWindow", u"&Dark", None))
        self.actionPreviousInterview.setText(QCoreApplication.translate("MainWindow", u"&Previous Interview", None))
        self.actionNextInterview.setText(QCoreApplication.translate("MainWindow", u"&Next Interview", None))
        self.actionPractice.setText(QCoreApplication.translate("MainWindow", u"P&ractise Likely Questions\u2026", None))
        self.actionOpenExample.setText(QCoreApplication.translate("MainWindow", u"Open the &Example", None))
        self.actionImport.setText(QCoreApplication.translate("MainWindow", u"&Import\u2026", None))
        self.actionExport.setText(QCoreApplication.translate("MainWindow", u"Export &All\u2026", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.actionBackups.setText(QCoreApplication.translate("MainWindow", u"&Backups\u2026", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About Second Interview Planner", None))
        self.actionAboutQt.setText(QCoreApplication.translate("MainWindow", u"About &Qt", None))
        self.listHeading.setText(QCoreApplication.translate("MainWindow", u"&Interviews", None))
#if QT_CONFIG(accessibility)
        self.interviewList.setAccessibleName(QCoreApplication.translate("MainWindow", u"Interviews", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("MainWindow", u"New", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("MainWindow", u"Plan a new second interview (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.duplicateButton.setText(QCoreApplication.translate("MainWindow", u"Duplicate", None))
#if QT_CONFIG(tooltip)
        self.duplicateButton.setToolTip(QCoreApplication.translate("MainWindow", u"Copy the selected interview with all its notes", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("MainWindow", u"Delete\u2026", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("MainWindow", u"Delete the selected interview", None))
#endif // QT_CONFIG(tooltip)
        self.emptyTitle.setText(QCoreApplication.translate("MainWindow", u"Invited back? Well done.", None))
        self.emptyText.setText(QCoreApplication.translate("MainWindow", u"A second invitation means they are seriously interested in you. Start by recording the interview: the company, the role, when and where. Then work through the four tabs, from what to expect to how to leave them liking you.", None))
        self.emptyNewButton.setText(QCoreApplication.translate("MainWindow", u"Plan my second interview", None))
        self.emptyExampleButton.setText(QCoreApplication.translate("MainWindow", u"Open the example", None))
#if QT_CONFIG(tooltip)
        self.emptyExampleButton.setToolTip(QCoreApplication.translate("MainWindow", u"A complete, realistic preparation to look through or copy", None))
#endif // QT_CONFIG(tooltip)
        self.emptyImportButton.setText(QCoreApplication.translate("MainWindow", u"Import from a file\u2026", None))
        self.emptyPrivacy.setText(QCoreApplication.translate("MainWindow", u"Everything you type is saved on this computer as you go, and never sent anywhere.", None))
#if QT_CONFIG(accessibility)
        self.readinessBar.setAccessibleName(QCoreApplication.translate("MainWindow", u"Readiness", None))
#endif // QT_CONFIG(accessibility)
        self.readinessBar.setFormat(QCoreApplication.translate("MainWindow", u"%p% ready", None))
        self.companyLabel.setText(QCoreApplication.translate("MainWindow", u"&Company", None))
#if QT_CONFIG(accessibility)
        self.companyEdit.setAccessibleName(QCoreApplication.translate("MainWindow", u"Company", None))
#endif // QT_CONFIG(accessibility)
        self.companyEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Who invited you back", None))
        self.roleLabel.setText(QCoreApplication.translate("MainWindow", u"&Role", None))
#if QT_CONFIG(accessibility)
        self.roleEdit.setAccessibleName(QCoreApplication.translate("MainWindow", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.roleEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"The job you applied for", None))
        self.whenLabel.setText(QCoreApplication.translate("MainWindow", u"&Date and time", None))
#if QT_CONFIG(accessibility)
        self.whenEdit.setAccessibleName(QCoreApplication.translate("MainWindow", u"Date and time", None))
#endif // QT_CONFIG(accessibility)
        self.clearDateButton.setText(QCoreApplication.translate("MainWindow", u"Clear", None))
#if QT_CONFIG(tooltip)
        self.clearDateButton.setToolTip(QCoreApplication.translate("MainWindow", u"Clear the date: not known yet", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.clearDateButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"Clear the date", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("MainWindow", u"&Status", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("MainWindow", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.locationLabel.setText(QCoreApplication.translate("MainWindow", u"&Place or link", None))
#if QT_CONFIG(accessibility)
        self.locationEdit.setAccessibleName(QCoreApplication.translate("MainWindow", u"Place or video link", None))
#endif // QT_CONFIG(accessibility)
        self.locationEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Address, building and floor, or the video call link", None))
        self.expectNotesTitle.setText(QCoreApplication.translate("MainWindow", u"Other notes", None))
#if QT_CONFIG(accessibility)
        self.expectNotes.setAccessibleName(QCoreApplication.translate("MainWindow", u"What to expect: other notes", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.expectTab), QCoreApplication.translate("MainWindow", u"What to expect", None))
        self.impressNotesTitle.setText(QCoreApplication.translate("MainWindow", u"Other notes", None))
#if QT_CONFIG(accessibility)
        self.impressNotes.setAccessibleName(QCoreApplication.translate("MainWindow", u"Impress again: other notes", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.impressTab), QCoreApplication.translate("MainWindow", u"Impress again", None))
        self.reinforceNotesTitle.setText(QCoreApplication.translate("MainWindow", u"Other notes", None))
#if QT_CONFIG(accessibility)
        self.reinforceNotes.setAccessibleName(QCoreApplication.translate("MainWindow", u"Reinforce positives: other notes", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.reinforceTab), QCoreApplication.translate("MainWindow", u"Reinforce positives", None))
        self.likeableNotesTitle.setText(QCoreApplication.translate("MainWindow", u"Other notes", None))
#if QT_CONFIG(accessibility)
        self.likeableNotes.setAccessibleName(QCoreApplication.translate("MainWindow", u"Be likeable: other notes", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.likeableTab), QCoreApplication.translate("MainWindow", u"Be likeable", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuEdit.setTitle(QCoreApplication.translate("MainWindow", u"&Edit", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menuScheme.setTitle(QCoreApplication.translate("MainWindow", u"&Colours", None))
        self.menuInterview.setTitle(QCoreApplication.translate("MainWindow", u"&Interview", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi
