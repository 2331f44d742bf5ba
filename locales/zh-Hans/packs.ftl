# Clinic packs: signed files from a legal aid clinic with its contacts, its
# local notes and updates. The app checks who made a pack before using it.

## Packs screen
packs-title = 法律援助机构的资料包
packs-intro = 法律援助机构可以给您一个资料包：这是一个文件，里面有机构的联系方式、当地的说明和更新内容。应用在使用它之前，会先检查它是谁做的。不会发送任何东西。
packs-install = 从文件安装资料包
packs-none = 还没有安装资料包。
pack-version = 版本 { $version }，{ $date } 制作
pack-from = 来自 { $publisher }
pack-key = 密钥码：{ $key }
pack-restore = 恢复到之前的版本
pack-remove = 删除这个资料包
pack-installed = 资料包已安装。
pack-restored = 完成。资料包已恢复到以前的样子。

## Before installing
pack-review-title = 您信任这家法律援助机构吗？
pack-review-new = 这是这家机构的第一个资料包。安装之前，请向这家机构核对名称和密钥码：它们必须和机构告诉您的完全一样。
pack-review-known = 这个资料包来自您已经信任的法律援助机构。
pack-adds-title = 这个资料包会添加什么
pack-adds-contacts = 添加到名录的联系人
pack-adds-outdated = 名录中过时联系人的报告
pack-adds-profile = 这家法律援助机构的名称、网站，以及印在打印卡片上的一行字
pack-adds-guides = 资料包自己的指南：{ $titles }
pack-adds-languages = 使用这些语言：{ $languages }
pack-adds-official = 一个会修改本应用自己文字的官方更新：{ $files }
pack-review-install = 信任并安装
pack-review-update = 安装更新
pack-review-cancel = 取消

## Where pack content shows
pack-guide-from = 本指南包含来自 { $publisher } 的修改。
home-clinic = 您的法律援助机构
clinic-call = 打电话

## Problems (nothing is ever changed when a pack is refused)
pack-error-too-large = 这个资料包太大。什么都没有改变。
pack-error-not-a-pack = 这个文件不是 kyr 资料包，或者不完整。什么都没有改变。
pack-error-signature = 这个资料包在做好以后被改动过或损坏了。什么都没有改变。
pack-error-malformed = 这个资料包做得不正确。什么都没有改变。
pack-error-not-official = 这个资料包用了本应用自己的名称，但它不是本应用的制作者做的。什么都没有改变。
pack-error-other-key = 这个资料包用了您信任的一家法律援助机构的名称，但它的密钥不一样。它可能不是这家机构的。什么都没有改变。
pack-error-not-newer = 您已经有这个资料包的版本 { $installed }。这个文件是版本 { $offered }。什么都没有改变。
pack-error-built-in = 这个资料包试图修改本应用自己的文字，比如要对执法人员说的话。只有 kyr 的官方更新才可以这样做。什么都没有改变。
pack-error-content = 这个资料包有错误，所以什么都没有改变。在 { $file } 第 { $line } 行：{ $problem }
pack-error-io = 无法保存这个资料包。什么都没有改变。
pack-broken = 无法读取一个已安装的资料包。应用暂时使用它自己的内容。
