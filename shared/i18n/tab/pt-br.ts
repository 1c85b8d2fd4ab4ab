import type { TabTexts } from './types.js';

export const ptBR: TabTexts = {
  appTitle: 'MultiLine Messaging',
  loading: 'Carregando…',
  startTimeout: 'O aplicativo demorou demais para iniciar. Verifique sua conexão e tente de novo.',
  retry: 'Tentar de novo',
  appFailed: 'Algo deu errado ao exibir o aplicativo. Recarregue-o para continuar.',
  outsideTeamsTitle: 'Abra este aplicativo no Microsoft Teams',
  outsideTeamsBody:
    'O MultiLine Messaging funciona dentro do Microsoft Teams. Abra o Teams, escolha Aplicativos e abra o MultiLine Messaging por lá.',
  teamsSignInFailed: 'O Teams não conseguiu fazer seu login: {reason}',
  signInTitle: 'Escolha um usuário de demonstração',
  signInIntro:
    'Este servidor está em modo de desenvolvimento, então você pode entrar como um dos usuários de demonstração.',
  signInAs: 'Entrar como {name}',
  signInFailed: 'Não foi possível entrar: {reason}',
  signOut: 'Sair',
  roleAdvisor: 'Consultor',
  roleAdmin: 'Administrador',
  roleCompliance: 'Conformidade',
  signedInAs: 'Conectado como {name}',

  inboxTitle: 'Conversas',
  newConversation: 'Nova conversa',
  inboxEmpty: 'Ainda não há conversas. Comece uma com Nova conversa.',
  inboxLoadFailed: 'Não foi possível carregar as conversas: {reason}',
  unreadCount: { count: 'count', one: '{count} mensagem não lida', other: '{count} mensagens não lidas' },
  noMessagesYet: 'Nenhuma mensagem ainda',
  youPrefix: 'Você: {text}',
  channelWhatsApp: 'WhatsApp',
  channelSms: 'SMS',
  stateAwaitingConsent: 'Aguardando consentimento',
  statePaused: 'Pausada',
  stateDeclined: 'Recusada',
  stateNotOnWhatsApp: 'Sem WhatsApp',
  stateConsentFailed: 'Pedido não entregue',
  stateClosed: 'Encerrada',

  selectConversation: 'Selecione uma conversa ou comece uma nova.',
  backToInbox: 'Voltar às conversas',
  threadLoadFailed: 'Não foi possível carregar esta conversa: {reason}',
  threadEmpty: 'Ainda não há mensagens nesta conversa.',
  messagesWith: 'Mensagens com {name}',
  today: 'Hoje',
  yesterday: 'Ontem',
  statusPending: 'Na fila: será enviada quando o contato puder recebê-la',
  statusSending: 'Enviando',
  statusSent: 'Enviada',
  statusDelivered: 'Entregue',
  statusRead: 'Lida',
  statusFailed: 'Não entregue: {reason}',
  statusFailedNoReason: 'Não entregue',
  templateMessage: 'Modelo “{name}”',
  pictureMessage: 'Imagem',
  unsupportedMessage: 'Este tipo de mensagem não pode ser exibido aqui.',

  composerLabel: 'Mensagem',
  composerPlaceholder: 'Digite uma mensagem',
  send: 'Enviar',
  queuedConsent:
    'O contato ainda não aceitou mensagens. O que você enviar agora fica na fila e sai assim que ele aceitar.',
  queuedWindow:
    'O contato não escreveu nas últimas 24 horas. O que você enviar agora fica na fila e sai assim que ele retomar a conversa.',
  declinedWhatsApp:
    'O contato recusou mensagens do WhatsApp, então o envio está desativado. Ele pode aceitar a qualquer momento respondendo SIM.',
  declinedSms: 'O contato cancelou os SMS, então o envio está desativado até ele enviar START.',
  closedThread: 'Esta conversa está encerrada.',
  readOnlyThread: 'Você pode ler esta conversa, mas não escrever nela.',
  notOnWhatsApp: 'Este contato não usa WhatsApp.',
  consentFailed: 'O pedido de permissão não pôde ser entregue ao contato.',
  notSent: 'Não enviada: {reason}',
  edit: 'Editar',
  askPermission: 'Pedir permissão',
  optInNeeded: 'Peça permissão ao contato antes de escrever para ele.',

  newConversationTitle: 'Nova conversa no WhatsApp',
  contactSearchLabel: 'Nome ou número do contato',
  contactSearchPlaceholder: 'Digite um nome ou um número',
  contactsLabel: 'Contatos',
  noContactMatches: 'Nenhum contato corresponde a “{query}”.',
  searching: 'Pesquisando…',
  cancel: 'Cancelar',
  startConversation: 'Iniciar conversa',
  startFailed: 'Não foi possível iniciar a conversa: {reason}',
  optInTitle: 'Pedir permissão a {name}?',
  optInBody:
    'O WhatsApp exige o consentimento do contato antes que uma empresa escreva para ele. {name} receberá um pedido para aceitar mensagens da sua empresa. Você já pode escrever: suas mensagens serão enviadas assim que ele aceitar.',
  optInConfirm: 'Enviar pedido',
  optInLater: 'Agora não',
  optInFailed: 'Não foi possível enviar o pedido: {reason}',

  navLabel: 'Seções',
  navSearch: 'Pesquisar',
  navContacts: 'Contatos',
  navAdmin: 'Administração',

  uploadingPictureProgress: 'Enviando a imagem… {percent}',
  // Composer (pictures, templates, window banner, reminder)
  windowOpen:
    'A janela de 24 horas do WhatsApp está aberta: restam {remaining} para escrever livremente (até {time}).',
  windowJustClosed:
    'A janela de 24 horas foi fechada. O que você enviar agora aguarda em uma fila e sai assim que o contato retomar a conversa.',
  sendReminder: 'Enviar um lembrete',
  reminderLater: 'Se não houver resposta, você poderá enviar um lembrete a partir de {time}.',
  reminderSent: 'Lembrete enviado para {name}.',
  reminderFailed: 'Não foi possível enviar o lembrete: {reason}',
  attachPicture: 'Anexar uma imagem',
  removePicture: 'Remover a imagem',
  pictureTooBig: '“{name}” tem {size}: uma imagem pode ter no máximo 5 MB.',
  pictureWrongType: '“{name}” não é uma imagem JPEG ou PNG.',
  pictureEmpty: '“{name}” está vazio.',
  pictureUnreadable: 'Não foi possível ler “{name}”.',
  pictureToSend: 'Imagem a enviar: {name}, {size}',
  captionLabel: 'Legenda (opcional)',
  captionPlaceholder: 'Adicionar uma legenda',
  pictureOpen: 'Abrir a imagem',
  pictureFrom: 'Imagem de {name}',
  pictureYours: 'Imagem que você enviou',
  pictureLoadFailed: 'Não foi possível carregar a imagem: {reason}',
  close: 'Fechar',
  templates: 'Modelo',
  templatePickerTitle: 'Enviar um modelo',
  templateListLabel: 'Modelos aprovados',
  templatesEmpty:
    'Ainda não há modelos aprovados. Um administrador pode sincronizá-los a partir do WhatsApp.',
  templatesLoadFailed: 'Não foi possível carregar os modelos: {reason}',
  templateParam: 'Parâmetro {number}',
  templatePreview: 'Pré-visualização',
  templateParamEmpty: 'Preencha este parâmetro.',
  templateParamNewline:
    'Um parâmetro não pode conter quebra de linha, tabulação nem mais de quatro espaços seguidos.',
  sendTemplate: 'Enviar modelo',
  templatesDisabled: 'Não é possível enviar modelos nesta conversa.',

  // Thread (message info, history, day separators, thread actions)

  // New conversation, contacts, search

  // Admin page, screenshots

  networkError: 'Não foi possível acessar o servidor.',
  timeoutError: 'O servidor demorou demais para responder.',
};
