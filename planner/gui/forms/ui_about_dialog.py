# GENERATED FILE: DO NOT EDIT.
# Made from ui/about_dialog.ui by tools/build_forms.py (make forms).
# Edit the .ui file in Qt Designer, then run `make forms`.

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(440, 260)
        self.aboutLayout = QVBoxLayout(AboutDialog)
        self.aboutLayout.setObjectName(u"aboutLayout")
        self.aboutTop = QHBoxLayout()
        self.aboutTop.setObjectName(u"aboutTop")
        self.iconLabel = QLabel(AboutDialog)
        self.iconLabel.setObjectName(u"iconLabel")
        self.iconLabel.setMinimumSize(QSize(64, 64))

        self.aboutTop.addWidget(self.iconLabel, 0, Qt.AlignmentFlag.AlignTop)

        self.aboutText = QVBoxLayout()
        self.aboutText.setObjectName(u"aboutText")
        self.nameLabel = QLabel(AboutDialog)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setText(u"Second Interview Planner")

        self.aboutText.addWidget(self.nameLabel)

        self.versionLabel = QLabel(AboutDialog)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setText(u"Version")
        self.versionLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.aboutText.addWidget(self.versionLabel)

        self.descriptionLabel = QLabel(AboutDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.aboutText.addWidget(self.descriptionLabel)

        self.dataLabel = QLabel(AboutDialog)
        self.dataLabel.setObjectName(u"dataLabel")
        self.dataLabel.setText(u"Data folder")
        self.dataLabel.setWordWrap(True)
        self.dataLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.dataLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.aboutText.addWidget(self.dataLabel)


        self.aboutTop.addLayout(self.aboutText)


        self.aboutLayout.addLayout(self.aboutTop)

        self.aboutSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.aboutLayout.addItem(self.aboutSpacer)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.aboutLayout.addWidget(self.buttonBox)


        self.retranslateUi(AboutDialog)
        self.buttonBox.rejected.connect(AboutDialog.reject)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About Second Interview Planner", None))
        self.descriptionLabel.setText(QCoreApplication.translate("AboutDialog", u"Prepare for being invited back: what to expect, how to impress again, how to reinforce the positives and ease any concerns, and how to leave them liking you.", None))
    # retranslateUi
