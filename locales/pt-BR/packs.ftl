# Clinic packs: signed files from a legal aid clinic with its contacts, its
# local notes and updates. The app checks who made a pack before using it.

## Packs screen
packs-title = Pacotes de clínicas
packs-intro = Uma clínica pode dar a você um pacote: um arquivo com os contatos dela, notas locais e atualizações. Antes de usar o pacote, o aplicativo confere quem o fez. Nada é enviado.
packs-install = Instalar um pacote a partir de um arquivo
packs-none = Nenhum pacote está instalado.
pack-version = Versão { $version }, feita em { $date }
pack-from = De { $publisher }
pack-key = Código da chave: { $key }
pack-restore = Voltar para a versão anterior
pack-remove = Remover este pacote
pack-installed = O pacote está instalado.
pack-restored = Pronto. O pacote voltou a ser como era antes.

## Before installing
pack-review-title = Você confia nesta clínica?
pack-review-new = Este é o primeiro pacote desta clínica. Antes de instalar, pergunte à clínica o nome dela e o código da chave. Confira se são iguais aos que aparecem aqui.
pack-review-known = Este pacote é de uma clínica em que você já confia.
pack-adds-title = O que este pacote adiciona
pack-adds-contacts = Contatos para o diretório
pack-adds-outdated = Avisos de contatos desatualizados no diretório
pack-adds-profile = O nome da clínica, o site dela e uma linha de texto para os cartões impressos
pack-adds-guides = Guias do próprio pacote: { $titles }
pack-adds-languages = Nestes idiomas: { $languages }
pack-adds-official = Uma atualização oficial que muda o texto do próprio aplicativo: { $files }
pack-review-install = Confiar e instalar
pack-review-update = Instalar a atualização
pack-review-cancel = Cancelar

## Where pack content shows
pack-guide-from = Este guia inclui mudanças feitas por { $publisher }.
home-clinic = Sua clínica
clinic-call = Ligar

## Problems (nothing is ever changed when a pack is refused)
pack-error-too-large = Este pacote é grande demais. Nada foi alterado.
pack-error-not-a-pack = Este arquivo não é um pacote deste aplicativo, ou está incompleto. Nada foi alterado.
pack-error-signature = Este pacote foi mudado ou danificado depois de ser feito. Nada foi alterado.
pack-error-malformed = Este pacote não foi feito do jeito certo. Nada foi alterado.
pack-error-not-official = Este pacote usa o nome do próprio aplicativo, mas não é de quem fez o aplicativo. Nada foi alterado.
pack-error-other-key = Este pacote usa o nome de uma clínica em que você confia, mas a chave dele é diferente. Ele pode não ser dessa clínica. Nada foi alterado.
pack-error-not-newer = Você já tem a versão { $installed } deste pacote. Este arquivo é a versão { $offered }. Nada foi alterado.
pack-error-built-in = Este pacote tenta mudar as palavras do próprio aplicativo, como o que dizer a um agente. Só as atualizações oficiais deste aplicativo podem fazer isso. Nada foi alterado.
pack-error-content = Este pacote tem um erro, então nada foi alterado. Em { $file }, linha { $line }: { $problem }
pack-error-io = Não foi possível salvar o pacote. Nada foi alterado.
pack-broken = Não foi possível ler um pacote instalado. Por enquanto, o aplicativo usa o conteúdo que já vem nele.
