# GENERATED FILE: DO NOT EDIT.
# Made from ui/backups_dialog.ui by tools/build_forms.py (make forms).
# Edit the .ui file in Qt Designer, then run `make forms`.

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QTreeWidget,
    QVBoxLayout,
)

class Ui_BackupsDialog(object):
    def setupUi(self, BackupsDialog):
        if not BackupsDialog.objectName():
            BackupsDialog.setObjectName(u"BackupsDialog")
        BackupsDialog.resize(620, 420)
        self.backupsLayout = QVBoxLayout(BackupsDialog)
        self.backupsLayout.setObjectName(u"backupsLayout")
        self.introLabel = QLabel(BackupsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.backupsLayout.addWidget(self.introLabel)

        self.backupList = QTreeWidget(BackupsDialog)
        self.backupList.setObjectName(u"backupList")
        self.backupList.setRootIsDecorated(False)
        self.backupList.setUniformRowHeights(True)
        self.backupList.setAllColumnsShowFocus(True)

        self.backupsLayout.addWidget(self.backupList)

        self.folderLabel = QLabel(BackupsDialog)
        self.folderLabel.setObjectName(u"folderLabel")
        self.folderLabel.setText(u"folder")
        self.folderLabel.setWordWrap(True)
        self.folderLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.folderLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.backupsLayout.addWidget(self.folderLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.backupNowButton = QPushButton(BackupsDialog)
        self.backupNowButton.setObjectName(u"backupNowButton")

        self.buttonRow.addWidget(self.backupNowButton)

        self.restoreButton = QPushButton(BackupsDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonRow.addWidget(self.restoreButton)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(BackupsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonRow.addWidget(self.buttonBox)


        self.backupsLayout.addLayout(self.buttonRow)


        self.retranslateUi(BackupsDialog)
        self.buttonBox.rejected.connect(BackupsDialog.reject)
    # setupUi

    def retranslateUi(self, BackupsDialog):
        BackupsDialog.setWindowTitle(QCoreApplication.translate("BackupsDialog", u"Backups", None))
        self.introLabel.setText(QCoreApplication.translate("BackupsDialog", u"A backup is taken when the app starts (once a day) and before every upgrade of the database. The last 7 days and 4 weeks are kept. Restoring one replaces all your interviews with that backup's, after backing up what you have now.", None))
        ___qtreewidgetitem = self.backupList.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("BackupsDialog", u"Size", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("BackupsDialog", u"Why", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("BackupsDialog", u"Taken", None))
#if QT_CONFIG(accessibility)
        self.backupList.setAccessibleName(QCoreApplication.translate("BackupsDialog", u"Backups", None))
#endif // QT_CONFIG(accessibility)
        self.backupNowButton.setText(QCoreApplication.translate("BackupsDialog", u"Back Up &Now", None))
        self.restoreButton.setText(QCoreApplication.translate("BackupsDialog", u"&Restore\u2026", None))
    # retranslateUi
