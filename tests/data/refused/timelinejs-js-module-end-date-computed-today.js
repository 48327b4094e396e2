export const presindentsData = {
  title: {
    text: {
      headline: "Presidentes dominicanos",
      text:
        "Más información: https://es.wikipedia.org/wiki/Anexo:Presidentes_de_la_Rep%C3%BAblica_Dominicana",
    },
    media: {
      url: "https://upload.wikimedia.org/wikipedia/commons/4/49/Dominican_Republic_flag.jpg",
      title: "Lars Christopher Nøttaasen from Stavanger, Norway, CC BY 2.0 <https://creativecommons.org/licenses/by/2.0>, via Wikimedia Commons"
    }
  },
  eras: [
    {
      start_date: {
        year: "1844",
        month: "02",
        day: "27",
      },
      end_date: {
        year: "1844",
        month: "11",
        day: "14",
      },
      text: {
        headline: "Junta Central Gubernativa",
      },
    },
    {
      start_date: {
        year: "1844",
        month: "11",
        day: "14",
      },
      end_date: {
        year: "1861",
        month: "03",
        day: "24",
      },
      text: {
        headline: "Primera República",
      },
    },
    {
      start_date: {
        year: "1861",
        month: "03",
        day: "18",
      },
      end_date: {
        year: "1865",
        month: "03",
        day: "03",
      },
      text: {
        headline: "Ocupación española de la República Dominicana",
      },
    },
    {
      start_date: {
        year: "1865",
        month: "08",
        day: "16",
      },
      end_date: {
        year: "1865",
        month: "07",
        day: "15",
      },
      text: {
        headline: "Guerra de la Restauración",
      },
    },
    {
      start_date: {
        year: "1865",
        month: "01",
        day: "24",
      },
      end_date: {
        year: "1916",
        month: "05",
        day: "07",
      },
      text: {
        headline: "Segunda República",
      },
    },
    {
      start_date: {
        year: "1916",
        month: "05",
        day: "13",
      },
      end_date: {
        year: "1924",
        month: "09",
        day: "27",
      },
      text: {
        headline: "Primera ocupación estadounidense",
      },
    },
    {
      start_date: {
        year: "1924",
        month: "07",
        day: "12",
      },
      end_date: {
        year: "1966",
        month: "07",
        day: "01",
      },
      text: {
        headline: "Tercera República",
      },
    },
    {
      start_date: {
        year: "1965",
        month: "04",
        day: "28",
      },
      end_date: {
        year: "1965",
        month: "04",
        day: "30",
      },
      text: {
        headline: "Ningún jefe de estado",
      },
    },
    {
      start_date: {
        year: "1965",
        month: "04",
        day: "30",
      },
      end_date: {
        year: "1965",
        month: "09",
        day: "03",
      },
      text: {
        headline: "Segunda ocupación estadounidense",
      },
    },
    {
      start_date: {
        year: "1965",
        month: "08",
        day: "31",
      },
      end_date: {
        year: "1965",
        month: "09",
        day: "02",
      },
      text: {
        headline: "Ningún jefe de estado",
      },
    },
    {
      start_date: {
        year: "1966",
        month: "07",
        day: "01",
      },
      end_date: {
        year: (new Date().getFullYear()).toString(),
        month: (new Date().getMonth() + 1).toString(),
        day: (new Date().getDate()).toString(),
      },
      text: {
        headline: "Cuarta República",
      },
    },
  ],
  events: [
    {
      start_date: {
        year: "1844",
        month: "02",
        day: "27",
      },
      end_date: {
        year: "1844",
        month: "03",
        day: "01",
      },
      background: {
        opacity: "50",
        url: "https://upload.wikimedia.org/wikipedia/commons/d/d8/Primer_Escudo_Dominicano.svg",
      },
      text: {
        headline: "Francisco del Rosario Sánchez",
        text:
          "La Junta Central Gubernativa fue el primer órgano de carácter colegiado y provisional en ejercer las facultades ejecutivas, legislativas y judiciales del naciente Estado Dominicano. Fue provisionalmente constituida el 27 de febrero de 1844 y posteriormente formalizada el 1 de marzo de 1844.",
      },
      media: {
        url: "https://upload.wikimedia.org/wikipedia/commons/f/f6/Francisco_del_Rosario.jpg",
        title: "Unknown/Desconocido, Public domain, via Wikimedia Commons"
      }
    },
  ],
};
